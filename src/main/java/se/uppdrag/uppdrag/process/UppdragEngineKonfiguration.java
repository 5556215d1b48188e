package se.uppdrag.uppdrag.process;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.uppdrag.security.Rollinnehavare;
import se.uppdrag.uppdrag.notiser.UppdragNotiser;

/** Hooks the uppdrag feature into the engine: tasks named, and mail about them, as they are created and assigned. */
@Configuration(proxyBeanMethods = false)
class UppdragEngineKonfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> uppgiftsnotiser(ObjectProvider<UppdragNotiser> notiser,
            ObjectProvider<Rollinnehavare> roller, ObjectProvider<Livscykel> livscykel, ObjectProvider<Clock> clock) {
        FlowableEventListener lyssnare = new UppgiftHandelseLyssnare(notiser, roller, new Uppgiftsnamngivning(livscykel), clock);
        return configuration -> configuration.setTypedEventListeners(Map.of(
                FlowableEngineEventType.TASK_CREATED.name(), List.of(lyssnare),
                FlowableEngineEventType.TASK_ASSIGNED.name(), List.of(lyssnare)));
    }
}
