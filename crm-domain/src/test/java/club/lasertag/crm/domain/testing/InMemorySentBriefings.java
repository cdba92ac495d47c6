package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.briefing.Occasion;
import club.lasertag.crm.domain.port.out.SentBriefings;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Sent briefings in memory. */
public final class InMemorySentBriefings implements SentBriefings {

    private final Set<String> sent = new HashSet<>();

    @Override
    public synchronized boolean wasSent(Occasion occasion, StaffId recipient) {
        return sent.contains(key(occasion, recipient));
    }

    @Override
    public synchronized boolean record(Occasion occasion, StaffId recipient, Instant at) {
        return sent.add(key(occasion, recipient));
    }

    private static String key(Occasion occasion, StaffId recipient) {
        return occasion.key() + "/" + recipient.value();
    }
}
