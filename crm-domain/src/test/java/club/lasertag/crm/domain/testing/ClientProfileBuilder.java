package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data: a valid client profile, each with its own phone unless told otherwise. */
public final class ClientProfileBuilder {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String surname = "Иванов";
    private String name = "Пётр";
    private String midname = "Сергеевич";
    private Phone phone = new Phone(String.format("+7999%07d", SEQUENCE.incrementAndGet()));
    private Optional<Phone> secondPhone = Optional.empty();
    private String description = "";
    private String leadSource = "";

    public static ClientProfileBuilder aClient() {
        return new ClientProfileBuilder();
    }

    public ClientProfileBuilder surname(String value) {
        surname = value;
        return this;
    }

    public ClientProfileBuilder name(String value) {
        name = value;
        return this;
    }

    public ClientProfileBuilder midname(String value) {
        midname = value;
        return this;
    }

    public ClientProfileBuilder phone(String e164) {
        phone = new Phone(e164);
        return this;
    }

    public ClientProfileBuilder secondPhone(String e164) {
        secondPhone = Optional.of(new Phone(e164));
        return this;
    }

    public ClientProfileBuilder description(String value) {
        description = value;
        return this;
    }

    public ClientProfileBuilder leadSource(String value) {
        leadSource = value;
        return this;
    }

    public ClientProfile build() {
        return new ClientProfile(surname, name, midname, phone, secondPhone, description, leadSource);
    }
}
