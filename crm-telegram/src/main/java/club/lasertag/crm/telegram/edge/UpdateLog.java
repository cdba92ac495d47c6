package club.lasertag.crm.telegram.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one INFO line of each attempt at an update: its id, kind, chat, outcome and handling time, and nothing a person
 * typed (no text, names or phones: ids only). The fields are also key-value pairs, which the JSON log format shows
 * apart ({@code kvpList}). Then tells the {@link BotObserver} it wraps.
 */
final class UpdateLog implements BotObserver {

    private static final Logger log = LoggerFactory.getLogger(UpdateLog.class);

    private final BotObserver next;

    UpdateLog(BotObserver next) {
        this.next = next;
    }

    @Override
    public void handled(HandledUpdate update) {
        if (log.isInfoEnabled()) {
            StringBuilder line = new StringBuilder("update ").append(update.updateId()).append(": ")
                    .append(update.kind()).append(" in chat ").append(update.chatId()).append(", ")
                    .append(update.outcome().label()).append(" in ").append(update.took().toMillis()).append(" ms");
            if (update.attempt() > 1) {
                line.append(" (attempt ").append(update.attempt()).append(", ")
                        .append(update.sinceCame().toMillis()).append(" ms after it came)");
            }
            update.retryIn().ifPresent(wait -> line.append("; trying again in ").append(wait.toMillis()).append(" ms"));
            log.atInfo().addKeyValue("update", update.updateId()).addKeyValue("kind", update.kind())
                    .addKeyValue("chat", update.chatId()).addKeyValue("outcome", update.outcome().label())
                    .addKeyValue("ms", update.took().toMillis()).log(line.toString());
        }
        next.handled(update);
    }

    @Override
    public void polled() {
        next.polled();
    }

    @Override
    public void posted() {
        next.posted();
    }

    @Override
    public void callFailed(String method, String code) {
        next.callFailed(method, code);
    }
}
