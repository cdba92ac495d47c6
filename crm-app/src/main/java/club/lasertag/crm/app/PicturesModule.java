package club.lasertag.crm.app;

import club.lasertag.crm.domain.port.out.DayPictures;
import club.lasertag.crm.pictures.Java2dDayPictures;
import com.google.inject.AbstractModule;

/** The pictures adapter: the day picture drawn headless with Java2D. */
final class PicturesModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(DayPictures.class).to(Java2dDayPictures.class).asEagerSingleton();
    }
}
