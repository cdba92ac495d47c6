package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.feed.FeedTokenHash;
import club.lasertag.crm.domain.port.out.FeedTokens;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link FeedTokens} in memory, for tests. */
public final class InMemoryFeedTokens implements FeedTokens {

    private record Issued(FeedTokenHash hash, Instant at) {
    }

    private final Map<StaffId, Issued> byStaff = new ConcurrentHashMap<>();

    @Override
    public void replace(StaffId staff, FeedTokenHash hash, Instant issuedAt) {
        byStaff.put(staff, new Issued(hash, issuedAt));
    }

    @Override
    public Optional<StaffId> ownerOf(FeedTokenHash hash) {
        return byStaff.entrySet().stream().filter(entry -> entry.getValue().hash().equals(hash))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public Optional<Instant> issuedAt(StaffId staff) {
        return Optional.ofNullable(byStaff.get(staff)).map(Issued::at);
    }
}
