package club.lasertag.crm.domain.client;

import java.util.Objects;

/** A client of the club: an id and a profile. */
public record Client(ClientId id, ClientProfile profile) {

    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }

    public String fullName() {
        return profile.fullName();
    }

    public Phone phone() {
        return profile.phone();
    }
}
