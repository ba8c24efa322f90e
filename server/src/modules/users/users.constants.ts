/** Bounds for account fields; the users table's check constraints match these. */
export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const TELEGRAM_MAX_LENGTH = 64;
export const DISCORD_MAX_LENGTH = 64;
export const DISPLAY_NAME_MAX_LENGTH = 64;
export const USER_SEARCH_MAX_LENGTH = 100;
