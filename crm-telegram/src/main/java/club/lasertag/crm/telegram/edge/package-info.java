/**
 * The pengrad edge, the only place Telegram's types appear: {@link club.lasertag.crm.telegram.edge.CrmBot}
 * (polling, webhook updates, the public command menu), the engine that handles updates of different chats at once
 * and one chat's in order ({@link club.lasertag.crm.telegram.edge.ChatLanes}, retried while the database is down by
 * {@link club.lasertag.crm.telegram.edge.UpdateJob}), the conversion of updates into the bot's own
 * {@link club.lasertag.crm.telegram.chat.Incoming}, replies as Bot API calls, and the per-role command menus;
 * {@code edge.gateway} is the one wrapper around pengrad's {@code execute}.
 */
package club.lasertag.crm.telegram.edge;
