package se.uppdrag.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.UppdragHistorikService;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.workflow.UppgiftsFormular;

/**
 * A form keeps the key it was built with across clicks (issue 15): the same click sent again, its reply lost, ends as
 * the first (the inbox moves on) and changes nothing more; a form that has succeeded takes a new key for the next.
 */
class FormularetsNyckelTest extends InkorgTestBase {

    @Autowired
    BeslutService beslut;
    @Autowired
    List<UppgiftsFormular> formular;
    @Autowired
    UppdragHistorikService historik;

    @Test
    void the_decision_form_clicked_twice_decides_once_and_moves_on_both_times() {
        var id = nyttUtkast();
        beslut.skickaForBeslut(uppgift(TestFolk.AGARE, id, "utkast").id());
        var uppgiften = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        var klara = new AtomicInteger();
        // the form as the task page builds it, kept on screen as a browser whose reply was lost still shows it
        var form = formular.stream().filter(f -> f.hanterar(uppgiften.typ())).findFirst().orElseThrow()
                .formular(uppgiften, klara::incrementAndGet);
        UI.getCurrent().add(form);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Beslut> val = $(RadioButtonGroup.class, form).withLabel("Beslut").single();
        test(val).selectItem("Fastställ");
        var registrera = $(Button.class, form).withText("Registrera beslutet").single();

        test(registrera).click();
        test(registrera).click();

        assertThat(klara).as("both clicks end as a completed task").hasValue(2);
        assertThat($(Notification.class).all()).as("no refusal shown").isEmpty();
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThat(uppdrag.hamta(id).status()).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(historik.handelser(id).stream().filter(h -> h.typ() == HandelseTyp.FASTSTALLT)).hasSize(1);
    }

    @Test
    void a_comment_that_went_through_gives_the_next_comment_a_key_of_its_own() {
        var id = nyttUtkast();
        var sidan = oppna(TestFolk.AGARE, id, "utkast");
        var text = $(TextArea.class, sidan).withLabel("Ny kommentar").single();
        var kommentera = $(Button.class, sidan).withText("Kommentera").single();

        test(text).setValue("Samma ord");
        test(kommentera).click();
        test(text).setValue("Samma ord");
        test(kommentera).click();

        folk.loggaIn(TestFolk.AGARE);
        assertThat(uppgifter.kommentarer(uppgift(TestFolk.AGARE, id, "utkast").id())).as("two comments meant as two")
                .hasSize(2);
    }
}
