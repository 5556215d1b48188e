package se.uppdrag.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.uppdrag.security.internal.SakerhetshandelseEntity;
import se.uppdrag.security.internal.SakerhetshandelseRepository;

/** Posts the login form through Spring Security's filters (no browser), from a client address of its own. */
final class Inloggningsforsok {

    enum Utfall { INLOGGAD, FEL, SPARRAD }

    private final MockMvc mvc;
    private final SakerhetshandelseRepository logg;
    final String adress = nyAdress();

    Inloggningsforsok(WebApplicationContext web, SakerhetshandelseRepository logg) {
        this.mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        this.logg = logg;
    }

    Utfall loggaIn(String anvandare, String losenord) {
        return loggaIn(anvandare, losenord, adress);
    }

    Utfall loggaIn(String anvandare, String losenord, String franAdress) {
        try {
            var svar = mvc.perform(post("/login").param("username", anvandare).param("password", losenord).with(csrf())
                    .with(fraga -> {
                        fraga.setRemoteAddr(franAdress);
                        return fraga;
                    })).andReturn().getResponse();
            var till = String.valueOf(svar.getRedirectedUrl());
            return till.contains("sparrad") ? Utfall.SPARRAD : till.contains("error") ? Utfall.FEL : Utfall.INLOGGAD;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client address of its own (the database is shared between test runs, and counts per address). */
    static String nyAdress() {
        var slump = ThreadLocalRandom.current();
        return "10.%d.%d.%d".formatted(slump.nextInt(256), slump.nextInt(256), slump.nextInt(1, 255));
    }

    MockMvc mvc() {
        return mvc;
    }

    /** The audit events about an account, oldest first. */
    List<Sakerhetshandelse> handelser(String anvandare) {
        return logg.findAll().stream().map(SakerhetshandelseEntity::till)
                .filter(h -> anvandare.equals(h.anvandare())).toList();
    }

    List<Sakerhetshandelse> handelser(String anvandare, Sakerhetshandelse.Typ typ) {
        return handelser(anvandare).stream().filter(h -> h.typ() == typ).toList();
    }
}
