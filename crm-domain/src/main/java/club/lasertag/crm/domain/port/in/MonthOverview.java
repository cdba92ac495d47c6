package club.lasertag.crm.domain.port.in;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Use case: how many live orders each day of a month has. */
public interface MonthOverview {

    MonthSummary month(YearMonth month);

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
