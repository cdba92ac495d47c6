/**
 * The chat framework, without pengrad and without features: the {@link club.lasertag.crm.telegram.chat.Router},
 * {@link club.lasertag.crm.telegram.chat.Feature}s and what they declare ({@link club.lasertag.crm.telegram.chat.Command}s,
 * {@link club.lasertag.crm.telegram.chat.Action}s through a {@link club.lasertag.crm.telegram.chat.CallbackCodec},
 * {@link club.lasertag.crm.telegram.chat.Flow}s with their {@link club.lasertag.crm.telegram.chat.FlowStep}s), screens and
 * buttons, texts and the formats several features share.
 */
package club.lasertag.crm.telegram.chat;
