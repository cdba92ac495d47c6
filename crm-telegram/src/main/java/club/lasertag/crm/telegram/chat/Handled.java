package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.outbox.Outbox;

import java.util.List;
import java.util.Objects;

/**
 * One update handled and committed: what became of it and the replies it wrote to the outbox, oldest first (to send
 * now).
 */
public record Handled(UpdateOutcome outcome, List<Outbox.Entry> replies) {

    public Handled {
        Objects.requireNonNull(outcome, "outcome");
        replies = List.copyOf(replies);
    }
}
