package club.lasertag.crm.domain.common;

/** Who does something: a staff member, by Telegram user id. */
public record Actor(long telegramUserId) {
}
