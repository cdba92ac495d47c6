package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.domain.staff.StaffMember;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Staff} in memory, for tests. */
public final class InMemoryStaff implements Staff {

    private final Map<Long, StaffMember> members = new ConcurrentHashMap<>();

    @Override
    public Optional<StaffMember> byTelegramId(long telegramUserId) {
        return Optional.ofNullable(members.get(telegramUserId));
    }

    @Override
    public List<StaffMember> all() {
        return members.values().stream()
                .sorted(Comparator.comparing(StaffMember::role).thenComparing(StaffMember::displayName))
                .toList();
    }

    @Override
    public void save(StaffMember member) {
        members.put(member.telegramUserId(), member);
    }

    @Override
    public void remove(long telegramUserId) {
        members.remove(telegramUserId);
    }
}
