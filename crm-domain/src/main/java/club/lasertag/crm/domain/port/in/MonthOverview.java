package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.staff.StaffId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Use case: how many live orders each day of a month has. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#VIEW_SCHEDULE}.
 */
public interface MonthOverview {

    MonthSummary month(YearMonth month, StaffId by);

    /** Days without orders are absent. */
    record MonthSummary(YearMonth month, SortedMap<LocalDate, Integer> ordersPerDay) {

        public MonthSummary {
            ordersPerDay = Collections.unmodifiableSortedMap(new TreeMap<>(ordersPerDay));
        }

        public int ordersOn(LocalDate day) {
            return ordersPerDay.getOrDefault(day, 0);
        }
    }
}
