package club.lasertag.crm.app.feed;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.feed.FeedToken;
import club.lasertag.crm.domain.testing.TestCrm;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

/** The feed server over real HTTP on a free port: a good token gets the calendar, anything else the same 404. */
class FeedServerTest {

    private final TestCrm crm = new TestCrm();
    private final HttpClient http = HttpClient.newHttpClient();
    private FeedServer server;

    @BeforeEach
    void start() throws Exception {
        server = FeedServer.start("127.0.0.1", 0, crm.feedService, new IcalFeed());
        Client client = crm.client(aClient().surname("Иванов").phone("+79991234567"));
        crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aMembersTokenGetsTheirCalendar() throws Exception {
        FeedToken token = crm.feedService.issue(TestCrm.MANAGER);

        HttpResponse<String> response = get("/feed/" + token.value() + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/calendar; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).contains("private, no-store");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);
        assertThat(response.body()).contains("Иванов");
        assertThat(get("/feed/" + token.value() + ".ics?lang=en").body()).contains("X-WR-CALNAME:Laser tag: bookings");
    }

    @Test
    void aStrangersTokenGetsTheSame404AsAnyUnknownPath() throws Exception {
        crm.feedService.issue(TestCrm.MANAGER);
        HttpResponse<String> unknownPath = get("/no/such/thing");

        HttpResponse<String> stranger = get("/feed/" + FeedToken.random(new SecureRandom()).value() + ".ics");

        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertSameAs(stranger, unknownPath);
    }

    @Test
    void aRenewedTokenGets404AtOnce() throws Exception {
        FeedToken old = crm.feedService.issue(TestCrm.INSTRUCTOR);
        assertThat(get("/feed/" + old.value() + ".ics").statusCode()).isEqualTo(200);

        FeedToken renewed = crm.feedService.issue(TestCrm.INSTRUCTOR);

        assertSameAs(get("/feed/" + old.value() + ".ics"), get("/nothing"));
        assertThat(get("/feed/" + renewed.value() + ".ics").statusCode()).isEqualTo(200);
    }

    @Test
    void aRemovedMembersTokenGets404() throws Exception {
        FeedToken token = crm.feedService.issue(TestCrm.INSTRUCTOR);

        crm.staffService.remove(TestCrm.INSTRUCTOR, TestCrm.ADMIN);

        assertSameAs(get("/feed/" + token.value() + ".ics"), get("/nothing"));
    }

    @Test
    void otherSpellingsAndMethodsOfAGoodPathGet404Too() throws Exception {
        FeedToken token = crm.feedService.issue(TestCrm.MANAGER);
        HttpResponse<String> unknownPath = get("/nothing");

        assertSameAs(get("/feed/" + token.value()), unknownPath);
        assertSameAs(get("/feed/" + token.value() + ".ics/"), unknownPath);
        assertSameAs(get("/feed/./" + token.value() + ".ics"), unknownPath);
        assertSameAs(get("/FEED/" + token.value() + ".ics"), unknownPath);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/feed/" + token.value() + ".ics"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertSameAs(post, unknownPath);
    }

    private static void assertSameAs(HttpResponse<String> response, HttpResponse<String> unknownPath) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(unknownPath.body()).isEqualTo("Not found\n");
        assertThat(response.headers().map()).containsOnlyKeys(unknownPath.headers().map().keySet());
        assertThat(response.headers().firstValue("Content-Type")).isEqualTo(unknownPath.headers().firstValue("Content-Type"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
