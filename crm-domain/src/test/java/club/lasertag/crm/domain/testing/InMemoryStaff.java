package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Staff} in memory, for tests. */
public final class InMemoryStaff implements Staff {

    private final Map<StaffId, StaffMember> members = new ConcurrentHashMap<>();

    @Override
    public Optional<StaffMember> byId(StaffId id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public List<StaffMember> all() {
        return members.values().stream()
                .sorted(Comparator.comparing(StaffMember::role).thenComparing(StaffMember::displayName))
                .toList();
    }

    @Override
    public void save(StaffMember member) {
        members.put(member.id(), member);
    }

    @Override
    public void remove(StaffId id) {
        members.remove(id);
    }
}
