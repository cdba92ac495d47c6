package club.lasertag.crm.telegram.briefings;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.domain.port.in.Briefings;
import club.lasertag.crm.domain.port.in.Briefings.Delivery;
import club.lasertag.crm.telegram.chat.Reply;
import club.lasertag.crm.telegram.chat.ReplyCodec;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.schedule.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends the briefings that are due ({@link Briefings#due}): every {@link #CHECK_EVERY}, on the instance holding the
 * scheduler's lease, each due message is recorded as sent and queued in the outbox in the scheduler's unit of work,
 * so it goes out once per occasion and recipient, across restarts and instances; the outbox relay sends it (a
 * reply may at worst go twice, never not at all, as any reply). Messages are in Russian, the club's language: the
 * bot does not know a recipient's language outside an update.
 */
public final class BriefingJob implements ScheduledJob {

    /** How often due briefings are looked for: a message goes out at most this late. */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    /** The outbox's update id for messages that answer no update. */
    static final long NO_UPDATE = 0;

    private static final Logger log = LoggerFactory.getLogger(BriefingJob.class);

    private final Briefings briefings;
    private final BriefingMessages messages;
    private final Outbox outbox;
    private final ReplyCodec codec = new ReplyCodec();

    public BriefingJob(Briefings briefings, Outbox outbox) {
        this.briefings = Objects.requireNonNull(briefings, "briefings");
        this.messages = new BriefingMessages(briefings);
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public String name() {
        return "briefings";
    }

    @Override
    public Duration checkEvery() {
        return CHECK_EVERY;
    }

    @Override
    public String occasion(Instant now) {
        return String.valueOf(Math.floorDiv(now.toEpochMilli(), CHECK_EVERY.toMillis()));
    }

    @Override
    public void run(String occasion, Instant now) {
        Texts texts = Texts.forLocale(Texts.RUSSIAN);
        int queued = 0;
        for (Delivery delivery : briefings.due()) {
            Optional<Screen> message = messages.compose(delivery.occasion().briefing(), delivery.occasion().day(),
                    delivery.recipient(), texts);
            if (message.isPresent() && briefings.recordSent(delivery)) {
                outbox.append(NO_UPDATE, delivery.recipient().value(), codec.encode(new Reply.Send(message.get())));
                queued++;
            }
        }
        if (queued > 0) {
            log.info("briefings: queued {} message(s)", queued);
        }
    }
}
