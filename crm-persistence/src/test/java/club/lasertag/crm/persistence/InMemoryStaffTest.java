package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.domain.testing.InMemoryStaff;

/** The in-memory fake honours the same contract as the databases. */
class InMemoryStaffTest extends StaffContract {

    private final InMemoryStaff staff = new InMemoryStaff();

    @Override
    Staff staff() {
        return staff;
    }
}
