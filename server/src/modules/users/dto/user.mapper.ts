import type { UserEntity } from '../entities/user.entity.js';
import { DEFAULT_NOTIFICATION_PREFERENCES, type NotificationPreferences } from './notification-preferences.model.js';
import { alertRulesOf } from '../alert-rules.js';
import type { Currency, Language, UserRole } from './user.enums.js';
import type { User } from './user.model.js';

function preferences(stored: Record<string, boolean> | null | undefined): NotificationPreferences {
  const result: NotificationPreferences = { ...DEFAULT_NOTIFICATION_PREFERENCES };
  for (const key of Object.keys(DEFAULT_NOTIFICATION_PREFERENCES) as Array<keyof NotificationPreferences>) {
    if (typeof stored?.[key] === 'boolean') result[key] = stored[key];
  }
  return result;
}

/** The one entity → GraphQL mapping for accounts (never exposes the password hash). */
export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    role: entity.role as UserRole,
    displayName: entity.displayName,
    telegram: entity.telegram,
    discord: entity.discord,
    currencyPreference: entity.currencyPreference as Currency,
    notificationPreferences: preferences(entity.notificationPrefs),
    language: (entity.language ?? 'EN') as Language,
    alertRules: alertRulesOf(entity.alertRules),
    createdAt: entity.createdAt,
  };
}
