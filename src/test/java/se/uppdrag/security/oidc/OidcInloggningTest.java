package se.uppdrag.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppdrag.OidcLeverantor;
import se.uppdrag.TestFolk;
import se.uppdrag.TestKonfiguration;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.NyPerson;
import se.uppdrag.personer.PersonService;
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.security.Inloggad;
import se.uppdrag.security.InloggadPrincipal;
import se.uppdrag.security.Roller;
import se.uppdrag.security.Rollinnehavare;
import se.uppdrag.security.Sakerhetshandelse;
import se.uppdrag.security.Sakerhetslogg;
import se.uppdrag.security.internal.KontonForPerson;
import se.uppdrag.security.internal.SakerhetshandelseEntity;
import se.uppdrag.security.internal.SakerhetshandelseRepository;

/**
 * Single sign-on against a real OpenID Connect provider started in the test: the matching of the provider's user to
 * a person and a login, the roles the groups grant, unknown and switched-off users, just-in-time creation, and the
 * whole authorization-code flow over HTTP, an expired ID token included. One application context of its own (no web server: MockMvc).
 */
@SpringBootTest(properties = {
        "uppdrag.oidc.enabled=true",
        "uppdrag.oidc.client-id=uppdrag",
        "uppdrag.oidc.client-secret=hemligt",
        "uppdrag.oidc.namn=Region Exempels inloggning",
        "uppdrag.oidc.roller.claim=groups",
        "uppdrag.oidc.roller.handlaggare=uppdrag-handlaggare",
        "uppdrag.oidc.roller.registrator=uppdrag-registrator",
        "uppdrag.oidc.roller.administrator=uppdrag-admin,it-forvaltning",
        "vaadin.launch-browser=false"})
@Import(TestKonfiguration.class)
@org.springframework.test.annotation.DirtiesContext
@org.junit.jupiter.api.extension.ExtendWith(se.uppdrag.EgenSakerhetskontext.class)
class OidcInloggningTest {


    @DynamicPropertySource
    static void leverantoren(DynamicPropertyRegistry egenskaper) {
        OidcLeverantor.egenskaper(egenskaper);
    }

    @Autowired
    java.time.Clock klocka;
    @Autowired
    WebApplicationContext webbkontext;
    @Autowired
    ApplicationContext beans;
    @Autowired
    OidcMatchning matchning;
    @Autowired
    OidcEgenskaper egenskaper;
    @Autowired
    Personkatalog personer;
    @Autowired
    PersonService personService;
    @Autowired
    KontonForPerson konton;
    @Autowired
    se.uppdrag.personer.Personinskrivning inskrivning;
    @Autowired
    Sakerhetslogg logg;
    @Autowired
    SakerhetshandelseRepository handelser;
    @Autowired
    Rollinnehavare rollinnehavare;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaktion;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private TestFolk folk;

    @BeforeEach
    void folk() {
        folk = TestFolk.nytt(beans);
    }

    @AfterEach
    void utloggad() {
        TestFolk.loggaUt();
    }

    @Test
    void a_known_person_signs_in_as_their_login_with_the_roles_their_groups_grant() {
        var medlem = folk.person(TestFolk.MEDLEM);

        var inloggad = matchning.matcha(claims(medlem.epost().value().toUpperCase(), "uppdrag-handlaggare", "it-forvaltning"));

        assertThat(inloggad.anvandarnamn()).isEqualTo(folk.anvandarnamn(TestFolk.MEDLEM));
        assertThat(inloggad.personId()).isEqualTo(medlem.id());
        assertThat(inloggad.namn()).isEqualTo(medlem.namn());
        assertThat(inloggad.roller()).containsExactlyInAnyOrder(Roller.ANVANDARE, Roller.HANDLAGGARE, Roller.ADMINISTRATOR);
        assertThat(rollinnehavare.medRoll(Roller.HANDLAGGARE)).as("the login keeps the granted roles").contains(medlem.id());
        assertThat(senaste(Sakerhetshandelse.Typ.INLOGGNING)).anySatisfy(rad -> {
            assertThat(rad.anvandare()).isEqualTo(inloggad.anvandarnamn());
            assertThat(rad.beskrivning()).contains("OpenID Connect", "email=" + medlem.epost().value().toUpperCase());
        });
    }

    @Test
    void groups_that_grant_nothing_leave_only_the_user_role_even_for_a_login_that_had_more() {
        var agare = folk.person(TestFolk.AGARE);

        var inloggad = matchning.matcha(claims(agare.epost().value(), "alla-anstallda"));

        assertThat(inloggad.roller()).containsExactly(Roller.ANVANDARE);
        assertThat(rollinnehavare.medRoll(Roller.HANDLAGGARE)).doesNotContain(agare.id());
    }

    @Test
    void without_a_role_claim_the_login_keeps_the_roles_an_administrator_gave_it() {
        var utanMappning = med(new OidcEgenskaper.Rollmappning(null, List.of(), List.of(), List.of()), false);

        var inloggad = utanMappning.matcha(claims(folk.person(TestFolk.REGISTRATOR).epost().value(), "uppdrag-admin"));

        assertThat(inloggad.roller()).containsExactlyInAnyOrder(Roller.ANVANDARE, Roller.REGISTRATOR);
    }

    @Test
    void a_person_is_found_by_the_employee_id_claim_when_that_is_the_identifying_one() {
        var tagare = folk.person(TestFolk.TAGARE);
        jdbc.update("update person set anstallnings_id = ? where id = ?", "HSA-" + suffix, tagare.id().value());
        var hsa = new OidcMatchning(new OidcEgenskaper(true, "region", null, "uppdrag", null, "Region", List.of("openid"),
                new OidcEgenskaper.Identifiering("hsa_id", OidcEgenskaper.Falt.ANSTALLNINGS_ID), egenskaper.roller(), false),
                personer, konton, inskrivning, logg, klocka);

        var inloggad = hsa.matcha(Map.of("sub", "x", "hsa_id", "HSA-" + suffix, "email", "annan." + suffix + "@example.org"));

        assertThat(inloggad.anvandarnamn()).isEqualTo(folk.anvandarnamn(TestFolk.TAGARE));
    }

    @Test
    void an_unknown_user_is_refused_and_logged_and_nothing_is_created() {
        var okand = "okand." + suffix + "@regionexempel.se";

        assertThatThrownBy(() -> matchning.matcha(claims(okand, "uppdrag-handlaggare")))
                .isInstanceOfSatisfying(OidcNekad.class, nekad -> assertThat(nekad.skal()).isEqualTo(OidcNekad.Skal.OKAND));

        assertThat(personer.medEpost(EmailAddress.of(okand))).isEmpty();
        assertThat(senaste(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING))
                .anySatisfy(rad -> assertThat(rad.beskrivning()).contains("okänd person", okand));
    }

    @Test
    void a_person_in_the_directory_without_a_login_is_refused_and_gets_none() {
        var utanInloggning = se.uppdrag.SomAdministrator.gor(() -> personService.skapa(new NyPerson("Ingrid Ingen " + suffix, null, null,
                EmailAddress.of("ingrid." + suffix + "@regionexempel.se"))));

        assertThatThrownBy(() -> matchning.matcha(claims(utanInloggning.epost().value())))
                .isInstanceOfSatisfying(OidcNekad.class, nekad -> assertThat(nekad.skal()).isEqualTo(OidcNekad.Skal.OKAND));
        assertThat(konton.forPerson(utanInloggning.id())).isEmpty();
    }

    @Test
    void a_switched_off_login_is_refused() {
        jdbc.update("update app_user set enabled = false where username = ?", folk.anvandarnamn(TestFolk.GIVARE));

        assertThatThrownBy(() -> matchning.matcha(claims(folk.person(TestFolk.GIVARE).epost().value())))
                .isInstanceOfSatisfying(OidcNekad.class, nekad -> assertThat(nekad.skal()).isEqualTo(OidcNekad.Skal.AVSTANGD));
        assertThat(senaste(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING)).anySatisfy(rad -> {
            assertThat(rad.anvandare()).isEqualTo(folk.anvandarnamn(TestFolk.GIVARE));
            assertThat(rad.beskrivning()).contains("avstängd");
        });
    }

    @Test
    void a_person_deactivated_in_the_directory_is_refused() {
        jdbc.update("update person set aktiv = false where id = ?", folk.person(TestFolk.MEDLEM).id().value());

        assertThatThrownBy(() -> matchning.matcha(claims(folk.person(TestFolk.MEDLEM).epost().value())))
                .isInstanceOfSatisfying(OidcNekad.class, nekad -> assertThat(nekad.skal()).isEqualTo(OidcNekad.Skal.AVSTANGD));
        assertThat(senaste(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING)).anySatisfy(rad ->
                assertThat(rad.beskrivning()).contains("inaktiverad i katalogen"));
    }

    @Test
    void with_just_in_time_creation_an_unknown_user_gets_a_person_and_a_login_once() {
        var jit = med(egenskaper.roller(), true);
        var epost = "ny.kollega." + suffix + "@regionexempel.se";

        var forsta = transaktion.execute(s -> jit.matcha(claims(epost, "uppdrag-registrator")));
        var andra = transaktion.execute(s -> jit.matcha(claims(epost)));

        var person = personer.medEpost(EmailAddress.of(epost)).orElseThrow();
        assertThat(person.namn()).isEqualTo("Ny Kollega " + suffix);
        assertThat(forsta.personId()).isEqualTo(person.id());
        assertThat(forsta.anvandarnamn()).isEqualTo("ny.kollega." + suffix);
        assertThat(forsta.roller()).containsExactlyInAnyOrder(Roller.ANVANDARE, Roller.REGISTRATOR);
        assertThat(andra.anvandarnamn()).as("the second sign-in finds the same login").isEqualTo(forsta.anvandarnamn());
        assertThat(andra.roller()).containsExactly(Roller.ANVANDARE);
    }

    @Test
    void just_in_time_creation_without_a_name_claim_refuses_and_creates_nothing() {
        var jit = med(egenskaper.roller(), true);
        var epost = "namnlos." + suffix + "@regionexempel.se";

        assertThatThrownBy(() -> transaktion.execute(s -> jit.matcha(Map.of("sub", "x", "email", epost))))
                .isInstanceOf(OidcNekad.class);
        assertThat(personer.medEpost(EmailAddress.of(epost))).isEmpty();
    }

    @Test
    void the_authorization_code_flow_signs_a_known_user_in_at_the_start_page_with_the_mapped_roles() throws Exception {
        var webblasare = new Webblasare();
        var medlem = folk.person(TestFolk.MEDLEM);

        var mal = webblasare.loggaInHosLeverantoren("medlem-" + suffix,
                OidcLeverantor.claims(medlem.epost().value(), medlem.namn(), "uppdrag-handlaggare"));

        assertThat(mal).isEqualTo("/");
        assertThat(webblasare.inloggad()).hasValueSatisfying(inloggad -> {
            assertThat(inloggad.anvandarnamn()).isEqualTo(folk.anvandarnamn(TestFolk.MEDLEM));
            assertThat(inloggad.roller()).containsExactlyInAnyOrder(Roller.ANVANDARE, Roller.HANDLAGGARE);
        });
        assertThat(senaste(Sakerhetshandelse.Typ.INLOGGNING))
                .anySatisfy(rad -> assertThat(rad.anvandare()).isEqualTo(folk.anvandarnamn(TestFolk.MEDLEM)));
    }

    @Test
    void the_authorization_code_flow_leads_an_unknown_user_to_the_page_that_says_so_and_signs_nobody_in() throws Exception {
        var webblasare = new Webblasare();

        var mal = webblasare.loggaInHosLeverantoren("okand-" + suffix,
                OidcLeverantor.claims("okand." + suffix + "@regionexempel.se", "Okänd Person"));

        assertThat(mal).isEqualTo("/inloggning/okand");
        assertThat(webblasare.inloggad()).isEmpty();
    }

    @Test
    void an_expired_id_token_is_refused_and_the_user_is_back_at_the_login_page_with_the_error() throws Exception {
        var webblasare = new Webblasare();
        var medlem = folk.person(TestFolk.MEDLEM);
        OidcLeverantor.nastaIdTokenHarGattUt();

        var mal = webblasare.loggaInHosLeverantoren("utgangen-" + suffix,
                OidcLeverantor.claims(medlem.epost().value(), medlem.namn()));

        assertThat(mal).isEqualTo("/login?error=oidc");
        assertThat(webblasare.inloggad()).isEmpty();
        assertThat(senaste(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING))
                .anySatisfy(rad -> assertThat(rad.beskrivning()).contains("invalid_id_token", "expired"));
    }

    @Test
    void a_sign_in_without_a_registration_as_while_the_provider_is_down_leads_back_to_the_login_page_with_the_error()
            throws Exception {
        var svar = new Webblasare().app(MockMvcRequestBuilders.get("/oauth2/authorization/saknas"));

        assertThat(svar.getRedirectedUrl()).isEqualTo("/login?error=oidc");
    }

    private OidcMatchning med(OidcEgenskaper.Rollmappning roller, boolean skapaOkanda) {
        return new OidcMatchning(new OidcEgenskaper(true, "region", null, "uppdrag", null, "Region", List.of("openid"),
                egenskaper.identifiering(), roller, skapaOkanda), personer, konton, inskrivning, logg, klocka);
    }

    private Map<String, Object> claims(String epost, String... grupper) {
        var claims = new HashMap<String, Object>();
        claims.put("sub", UUID.randomUUID().toString());
        claims.put("email", epost);
        claims.put("name", "Ny Kollega " + suffix);
        claims.put("groups", List.of(grupper));
        return claims;
    }

    private List<Sakerhetshandelse> senaste(Sakerhetshandelse.Typ typ) {
        return handelser.findByTypOrderByIdDesc(typ, PageRequest.of(0, 50)).stream().map(SakerhetshandelseEntity::till).toList();
    }

    /**
     * A browser without JavaScript: the application through MockMvc (no web server in this JVM, see the browser
     * tests' execution in the pom), the provider over HTTP, redirects followed one by one.
     */
    private final class Webblasare {

        private final MockMvc mvc = MockMvcBuilders.webAppContextSetup(webbkontext)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        private final HttpClient leverantoren = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private MockHttpSession session = new MockHttpSession();

        /** From the app's sign-in address through the provider's login form and back: where the app leads the user. */
        String loggaInHosLeverantoren(String subjekt, String claims) throws Exception {
            var tillLeverantoren = app(MockMvcRequestBuilders.get("/oauth2/authorization/" + egenskaper.registreringsId()))
                    .getRedirectedUrl();
            assertThat(tillLeverantoren).startsWith(OidcLeverantor.issuer());
            var inloggningssidan = leverantoren.send(HttpRequest.newBuilder(URI.create(tillLeverantoren)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(inloggningssidan.body()).contains("name=\"username\"", "name=\"claims\"");
            var formular = "username=" + URLEncoder.encode(subjekt, StandardCharsets.UTF_8)
                    + "&claims=" + URLEncoder.encode(claims, StandardCharsets.UTF_8);
            var svar = leverantoren.send(HttpRequest.newBuilder(URI.create(tillLeverantoren))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formular)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(svar.statusCode()).isEqualTo(302);
            var tillbaka = URI.create(svar.headers().firstValue("Location").orElseThrow());
            assertThat(tillbaka.getPath()).isEqualTo("/login/oauth2/code/" + egenskaper.registreringsId());
            return app(MockMvcRequestBuilders.get(tillbaka)).getRedirectedUrl();
        }

        MockHttpServletResponse app(MockHttpServletRequestBuilder fraga) throws Exception {
            var svar = mvc.perform(fraga.session(session)).andReturn();
            session = (MockHttpSession) svar.getRequest().getSession();
            return svar.getResponse();
        }

        /** Who the session is signed in as, read as {@code CurrentUser} reads it. */
        Optional<Inloggad> inloggad() {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext kontext && kontext.getAuthentication() != null
                    && kontext.getAuthentication().getPrincipal() instanceof InloggadPrincipal principal
                    ? Optional.of(principal.inloggad()) : Optional.empty();
        }
    }
}
