/**
 * The pengrad edge, the only place Telegram's types appear: {@link club.lasertag.crm.telegram.edge.CrmBot}
 * (polling, webhook updates, the public command menu), the conversion of updates into the bot's own
 * {@link club.lasertag.crm.telegram.chat.Incoming}, replies as Bot API calls, and the per-role command menus;
 * {@code edge.gateway} is the one wrapper around pengrad's {@code execute}.
 */
package club.lasertag.crm.telegram.edge;
