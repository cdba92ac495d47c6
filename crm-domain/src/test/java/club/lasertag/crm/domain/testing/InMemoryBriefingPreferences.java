package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.BriefingTimes;
import club.lasertag.crm.domain.port.out.BriefingPreferences;
import club.lasertag.crm.domain.staff.StaffId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Briefing times and choices in memory. */
public final class InMemoryBriefingPreferences implements BriefingPreferences {

    private BriefingTimes times = BriefingTimes.DEFAULTS;
    private final Map<StaffId, Set<Briefing>> optedOut = new HashMap<>();
    private final Set<StaffId> unreachable = new HashSet<>();

    @Override
    public synchronized BriefingTimes times() {
        return times;
    }

    @Override
    public synchronized void saveTimes(BriefingTimes value) {
        times = value;
    }

    @Override
    public synchronized Set<Briefing> optedOut(StaffId member) {
        return Set.copyOf(optedOut.getOrDefault(member, Set.of()));
    }

    @Override
    public synchronized void saveOptedOut(StaffId member, Set<Briefing> briefings) {
        optedOut.put(member, Set.copyOf(briefings));
    }

    @Override
    public synchronized boolean isUnreachable(StaffId member) {
        return unreachable.contains(member);
    }

    @Override
    public synchronized void setUnreachable(StaffId member, boolean value) {
        if (value) {
            unreachable.add(member);
        } else {
            unreachable.remove(member);
        }
    }
}
