package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import se.uppdrag.uppdrag.StatusrapportService;
import se.uppdrag.uppdrag.UppdragId;

/** Files a status report from the uppdrag's page, when it is needed rather than when it is asked for. */
class StatusrapportDialog extends Dialog {

    StatusrapportDialog(UppdragId id, StatusrapportService statusrapporter, Runnable lamnad) {
        setHeaderTitle(getTranslation("statusrapport.lamna"));
        add(new StatusrapportFormular(() -> {
            close();
            lamnad.run();
        }, (ljus, trend, kommentar, ekonomi, nyckel) -> statusrapporter.lamna(id, ljus, trend, kommentar, ekonomi, nyckel)));
        setWidth("36em");
        getFooter().add(new Button(getTranslation("knapp.avbryt"), e -> close()));
    }
}
