/**
 * The browser sandbox: a Telegram-like web chat ({@link club.lasertag.crm.app.sandbox.SandboxServer})
 * on top of the in-process Bot API emulator, for trying the CRM without Telegram.
 *
 * <p>DOM hooks of the page, kept stable for Selenium scenarios:
 * <ul>
 *   <li>{@code #app[data-ready=true]} once the first chat is shown; {@code #app[data-person-id]};</li>
 *   <li>{@code #persons .person[data-person-id=ID]} (also {@code #person-ID}, {@code data-name},
 *       {@code aria-pressed=true} when selected, {@code data-unread=true} when their chat changed
 *       unseen);</li>
 *   <li>{@code #messages[data-person-id][data-seq][data-count]}: {@code data-seq} changes on every
 *       re-render caused by a chat event;</li>
 *   <li>{@code .message} (id {@code message-MID}) with {@code data-message-id}, {@code data-sender}
 *       ({@code bot}/{@code user}), {@code data-kind} ({@code text}/{@code photo}/{@code document}/
 *       {@code sticker}), {@code data-edit-count}, {@code data-edited}; classes {@code from-bot} /
 *       {@code from-user}; the newest bot message also has class {@code last-bot-message} and
 *       {@code data-last-bot=true}. An edit replaces the element (the old one goes stale); deleted
 *       messages are removed. Inside: {@code .bubble}, {@code .text} (the rendered HTML),
 *       {@code .attachment img} or {@code .attachment .file}, {@code .meta .edited-mark};</li>
 *   <li>{@code .keyboard .keyboard-row .inline-button} with {@code data-message-id},
 *       {@code data-text} (the label) and {@code data-callback} (callback buttons) or
 *       {@code data-url} (link buttons, {@code .url-button}); a pressed button has class
 *       {@code pending} until the bot answers the callback query;</li>
 *   <li>{@code #message-input} (Enter sends, Shift+Enter is a new line), {@code #send-button},
 *       {@code #menu-button} (the "/" command list), {@code #commands .command[data-command]};</li>
 *   <li>{@code #toast} (a callback answer's text, or an error with {@code data-kind=error}),
 *       {@code #alert-dialog} with {@code #alert-text} and {@code #alert-ok} (a callback answer with
 *       {@code show_alert}), {@code #empty} (the chat has no messages), {@code #status}.</li>
 * </ul>
 * XPath for "the button labelled X under the last bot message":
 * {@code //div[contains(@class,'last-bot-message')]//*[@data-text='X']}.
 */
package club.lasertag.crm.app.sandbox;
