package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.money.PriceList;

/** Outgoing port: where the club's price list is kept. */
public interface PriceLists {

    /** The price list as it is now (an empty one in the default currency before anything was set). */
    PriceList current();

    /** Replaces the price list. */
    void save(PriceList prices);
}
