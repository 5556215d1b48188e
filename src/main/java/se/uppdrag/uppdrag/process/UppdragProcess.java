package se.uppdrag.uppdrag.process;

/** Names shared with processes/uppdragshandling.bpmn20.xml: the process key, task keys and variables. */
public final class UppdragProcess {

    public static final String NYCKEL = "uppdragshandling";

    public static final String UTKAST = "utkast";
    public static final String REMISSVAR = "remissvar";
    public static final String REMISSUPPFOLJNING = "remissuppfoljning";
    public static final String BESLUT = "beslutsuppgift";
    public static final String BEKRAFTA_REGISTRERING = "bekraftaRegistrering";
    public static final String AKTIVITET = "aktivitet";
    public static final String STATUSRAPPORT = "statusrapport";
    public static final String SLUTRAPPORT = "slutrapport";
    public static final String BESLUT_OM_SLUTRAPPORT = "beslutOmSlutrapport";

    public static final String UPPDRAG_ID = "uppdragId";
    public static final String AGARE = "agare";
    public static final String UPPDRAGSTAGARE = "uppdragstagare";
    public static final String STARTFAS = "startfas";
    public static final String ATGARD = "atgard";
    public static final String REMISSGRANSKARE = "remissgranskare";
    public static final String SVARSTID = "svarstid";
    public static final String REMISSVERSION = "remissversion";
    public static final String BESLUTSFATTARNA = "beslutsfattarna";
    public static final String BESLUTSUTFALL = "beslutsutfall";
    public static final String FASTSTALLDA = "faststallda";
    public static final String REGISTRATOR_BEKRAFTAR = "registratorBekraftar";
    public static final String AKTIVITETER = "aktiviteter";
    /** The element variable of the activity multi-instance: the activity's index in the tidplan, as text. */
    public static final String AKTIVITETSINDEX = "aktivitet";
    public static final String ATERREDOVISAS_SENAST = "aterredovisasSenast";
    public static final String SLUTRAPPORTUTFALL = "slutrapportutfall";
    public static final String VANTAR = "VANTAR";

    private UppdragProcess() {
    }
}
