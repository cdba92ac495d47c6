/**
 * The bot's only way to call Telegram ({@link club.lasertag.crm.telegram.gateway.TelegramGateway})
 * and HTML escaping for user-supplied text ({@link club.lasertag.crm.telegram.gateway.Html}).
 */
package club.lasertag.crm.telegram.gateway;
