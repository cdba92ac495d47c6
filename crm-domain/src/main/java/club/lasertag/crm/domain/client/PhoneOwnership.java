package club.lasertag.crm.domain.client;

import java.util.Optional;
import java.util.function.Function;

/**
 * Whose a phone may be: a client's main phone is theirs alone (it finds the client, it is who the club calls);
 * a second phone may be shared, as siblings share a parent's phone, and may even be another client's main phone
 * (the parent plays too). So a profile clashes only with a client who has its main phone as their main phone.
 */
public final class PhoneOwnership {

    private PhoneOwnership() {
    }

    /**
     * The other client whose main phone is {@code profile}'s main phone, if any.
     *
     * @param self        the client being changed (it may keep its own phone), empty for a new one
     * @param byMainPhone finds the client whose main phone a phone is
     */
    public static Optional<Client> clashOf(ClientProfile profile, Optional<ClientId> self,
            Function<Phone, Optional<Client>> byMainPhone) {
        return byMainPhone.apply(profile.phone()).filter(owner -> self.filter(owner.id()::equals).isEmpty());
    }
}
