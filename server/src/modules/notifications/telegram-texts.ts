/** What the bot says in chats (EN/RU), in the account's language or, before linking, the Telegram client's. */
import type { Language } from '../alerts/alert.types.js';

const TEXTS = {
  linked: {
    EN: (label: string) => `Linked: MineGNK alerts for “${label}” will come to this chat. You can change or remove the channel in your profile.`,
    RU: (label: string) => `Готово: оповещения MineGNK для «${label}» будут приходить в этот чат. Изменить или удалить канал можно в профиле.`,
  },
  invalidCode: {
    EN: () => 'This link is invalid or has expired (links are valid for 1 hour). Open a fresh one from the Notifications section of your MineGNK profile.',
    RU: () => 'Ссылка недействительна или устарела (она действует 1 час). Откройте новую в разделе «Уведомления» профиля MineGNK.',
  },
  noCode: {
    EN: () => 'To get MineGNK alerts here, add a Telegram channel in your MineGNK profile and open the link it shows.',
    RU: () => 'Чтобы получать оповещения MineGNK здесь, добавьте канал Telegram в профиле MineGNK и откройте показанную ссылку.',
  },
} as const;

export function telegramText(key: keyof typeof TEXTS, language: Language, label = ''): string {
  return TEXTS[key][language](label);
}

/** Telegram clients send e.g. `ru` or `ru-RU`. */
export function languageOfClient(code: string | undefined): Language {
  return code?.toLowerCase().startsWith('ru') ? 'RU' : 'EN';
}
