package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.BriefingPreferences;
import club.lasertag.crm.domain.testing.InMemoryBriefingPreferences;

/** The in-memory fake honours the same contract as the databases. */
class InMemoryBriefingPreferencesTest extends BriefingPreferencesContract {

    private final BriefingPreferences port = new InMemoryBriefingPreferences();

    @Override
    BriefingPreferences preferences() {
        return port;
    }
}
