/**
 * BAD_USER_INPUT's `extensions.reason` worded (server/src/common/input-reasons.ts), and the other
 * codes when an action fails: the server's message stays English for integrators.
 */
export const enInputErrors = {
  reasons: {
    INVALID: 'This value was not accepted.',
    INVALID_FORMAT: 'The format is not right.',
    REQUIRED: 'Required.',
    TOO_SMALL: 'At least {{limit}}.',
    TOO_LARGE: 'At most {{limit}}.',
    TOO_SHORT: 'At least {{limit}} characters.',
    TOO_LONG: 'At most {{limit}} characters.',
    TOO_FEW: 'Pick at least {{limit}}.',
    TOO_MANY: 'At most {{limit}} items.',
    NOT_INTEGER: 'A whole number.',
    NOT_EMAIL: 'An email address, e.g. name@example.com.',
    NOT_AN_ID: 'Not a valid id.',
    NOT_DECIMAL: 'A number with a dot, e.g. 1.85.',
    NOT_POSITIVE: 'More than 0.',
    NOT_DATE: 'A date, YYYY-MM-DD.',
    NOT_MONTH: 'A month, YYYY-MM.',
    IN_FUTURE: 'It cannot be in the future.',
    NOT_IN_FUTURE: 'It must be in the future.',
    TOO_FAR: 'At most {{days}} days ahead.',
    RANGE_TOO_LONG: 'A period of at most {{days}} days.',
    RANGE_REVERSED: 'The start must not be after the end.',
    BAD_IDENTIFIER: 'Not a valid Gonka identifier.',
    NOT_DISCORD_WEBHOOK: 'A Discord webhook URL (https://discord.com/api/webhooks/…).',
    URL_REFUSED: 'This address cannot be used: it must be a public URL.',
    TELEGRAM_NOT_CONFIGURED: 'Telegram is not set up on this server.',
    TELEGRAM_TARGET_NOT_EMPTY: 'Leave it empty: the chat is linked by opening the bot link.',
    TOO_MANY_CHANNELS: 'At most {{limit}} channels per account: delete one first.',
  },
  codes: {
    CONFLICT: 'That conflicts with the current state (it may have just changed); reload and try again.',
    INVALID_TRANSITION: 'That step is not allowed from the current status.',
    NOT_FOUND: 'It is not there any more, or it is not yours.',
    FORBIDDEN: 'You are not allowed to do that.',
    RATE_LIMITED: 'Too many attempts; try again in a minute.',
    UPSTREAM_UNAVAILABLE: 'A data source cannot be reached; try again shortly.',
    SERVICE_UNAVAILABLE: 'The service is unavailable right now; try again shortly.',
  },
};
