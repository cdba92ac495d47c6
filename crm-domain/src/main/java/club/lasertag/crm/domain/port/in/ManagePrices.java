package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.PriceItem;
import club.lasertag.crm.domain.money.PriceList;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Use case: the club's price list. Reading it requires {@link club.lasertag.crm.domain.staff.Permission#MANAGE_PAYMENTS};
 * changing it {@link club.lasertag.crm.domain.staff.Permission#EDIT_PRICES} (the admin's). Every change is audited.
 * Existing orders keep their prices.
 */
public interface ManagePrices {

    PriceList prices(StaffId by);

    /** Sets one item's price, or clears it (an optional item only) when {@code amount} is empty. */
    PriceList setPrice(PriceItem item, Optional<Money> amount, StaffId by);

    /** Marks a day as a holiday (priced as a weekend) or not. */
    PriceList setHoliday(LocalDate day, boolean holiday, StaffId by);
}
