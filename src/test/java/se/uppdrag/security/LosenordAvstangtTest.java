package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LosenordAvstangtTest {

    private final Sakerhetslogg logg = mock(Sakerhetslogg.class);
    private final LosenordAvstangt.Filter filter = new LosenordAvstangt.Filter(logg);

    @Test
    void a_password_posted_to_login_never_reaches_the_password_check_and_is_logged() throws Exception {
        var post = new MockHttpServletRequest("POST", "/login");
        post.setParameter("username", "maria");
        var svar = new MockHttpServletResponse();
        var kedjan = new MockFilterChain();

        filter.doFilter(post, svar, kedjan);

        assertThat(kedjan.getRequest()).as("the rest of the chain, password check included").isNull();
        assertThat(svar.getRedirectedUrl()).isEqualTo("/login?error=losenord");
        verify(logg).loggaFor(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING, "maria", "Inloggning med lösenord är avstängd");
    }

    @Test
    void the_login_page_itself_and_other_posts_pass() throws Exception {
        for (var fraga : new MockHttpServletRequest[] {new MockHttpServletRequest("GET", "/login"),
                new MockHttpServletRequest("POST", "/uppgifter")}) {
            var kedjan = new MockFilterChain();
            filter.doFilter(fraga, new MockHttpServletResponse(), kedjan);
            assertThat(kedjan.getRequest()).as("%s %s", fraga.getMethod(), fraga.getRequestURI()).isSameAs(fraga);
        }
        verifyNoInteractions(logg);
    }
}
