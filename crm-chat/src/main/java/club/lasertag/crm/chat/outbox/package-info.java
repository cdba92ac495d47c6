/** Replies stored with the effects that caused them, sent after the commit: {@link club.lasertag.crm.chat.outbox.Outbox}. */
package club.lasertag.crm.chat.outbox;
