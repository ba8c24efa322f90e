// Imported first by benches that time request handling: graphql-js (and Express) read NODE_ENV once,
// when first loaded, and skip development-only checks in production, as the deployed server does.
// The app's own config still comes from the object each bench passes to AppConfig.
process.env.NODE_ENV = 'production';
