package se.uppdrag.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.security.AnvandareService;
import se.uppdrag.security.NyInloggning;

class LosenordViewTest extends InloggningViewTestBase {

    private static final String OGILTIG = "Länken har gått ut eller är redan använd. Be administratören om en ny.";

    @Autowired
    AnvandareService anvandare;

    private String nyLank() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var person = person("Lina", true);
        anvandare.skapa(new NyInloggning(person.id(), "lina-" + suffix, Set.of()));
        TestFolk.loggaUt();
        return lankTill(person.epost());
    }

    private void spara(String nytt, String upprepa) {
        losenordsfalt("Nytt lösenord").setValue(nytt);
        losenordsfalt("Upprepa det nya lösenordet").setValue(upprepa);
        test($(Button.class).withText("Spara lösenordet").single()).click();
    }

    @Test
    void the_link_sets_the_password_and_leads_to_the_login_page_with_a_message() {
        var token = nyLank();
        navigate("losenord/" + token, LosenordView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Välj lösenord");
        spara("vintern kommer snart nu", "vintern kommer snart nu");
        assertThat($(Paragraph.class).withText("Ditt lösenord är sparat. Logga in med det.").single().isVisible()).isTrue();

        navigate("losenord/" + token, LosenordView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Länken fungerar inte");
        assertThat($(Paragraph.class).withText(OGILTIG).all()).hasSize(1);
    }

    @Test
    void a_breached_password_is_refused_at_the_field_and_the_link_still_works() {
        var token = nyLank();
        navigate("losenord/" + token, LosenordView.class);
        spara("1q2w3e4r5t6y", "1q2w3e4r5t6y");
        assertThat(losenordsfalt("Nytt lösenord").getErrorMessage())
                .isEqualTo("Lösenordet finns bland vanliga lösenord som har läckt. Välj ett annat.");
        spara("lina-" + suffix, "lina-" + suffix);
        assertThat(losenordsfalt("Nytt lösenord").getErrorMessage())
                .isEqualTo("Lösenordet får inte vara ditt användarnamn eller din e-postadress");
    }

    @Test
    void an_unknown_link_gets_the_same_page_as_a_used_one() {
        navigate("losenord/finns-inte-" + suffix, LosenordView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Länken fungerar inte");
        assertThat($(Paragraph.class).withText(OGILTIG).all()).hasSize(1);
    }
}
