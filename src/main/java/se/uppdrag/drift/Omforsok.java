package se.uppdrag.drift;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns on Spring's {@code @Retryable}: a transaction the database rolled back for a concurrent one's sake is tried
 * again a few times (see {@code diarium.Skrivkonflikt}).
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class Omforsok {
}
