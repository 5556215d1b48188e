package se.uppdrag.text;

/** A refusal that carries its message by key, so that the view can show it in the user's language. */
public interface HarMeddelande {

    Meddelande meddelande();
}
