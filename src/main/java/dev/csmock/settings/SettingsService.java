package dev.csmock.settings;

import dev.csmock.config.MockConfig;
import dev.csmock.config.MockConfig.PostSemantics;
import dev.csmock.config.MockConfig.Unconfigured;
import dev.csmock.errors.MockException;
import dev.csmock.settings.validation.ConsistentStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.Comparator;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** Reading and updating settings the way Twilio does (SPEC §1.3, §1.4). */
@ApplicationScoped
public class SettingsService {

    private final SettingsStore store;
    private final Validator validator;
    private final PostSemantics semantics;
    private final Unconfigured unconfigured;
    private final boolean crossFieldRules;

    public SettingsService(SettingsStore store, Validator validator, MockConfig config) {
        this.store = store;
        this.validator = validator;
        this.semantics = config.settings().postSemantics();
        this.unconfigured = config.settings().unconfigured();
        this.crossFieldRules = config.settings().crossFieldRules();
    }

    /** The account's settings, or the unconfigured answer ({@code default} settings or a 404). */
    public Settings read(String account, SettingsKind kind) {
        return store.find(account, kind).orElseGet(() -> {
            if (unconfigured == Unconfigured.NOT_FOUND) {
                throw MockException.notFound("The requested resource /" + kind.resourceName() + "/Default was not found");
            }
            return Settings.UNCONFIGURED;
        });
    }

    /**
     * Validates a POST and stores its result atomically; the stored value is unchanged on any error,
     * and when {@code wanted} is false at the moment of the update (the client left, a reset came).
     */
    public Settings update(String account, SettingsKind kind, SettingsForm form, BooleanSupplier wanted) {
        rejectFirst(validator.validate(form, Default.class, SettingsForm.TwilioPost.class));
        return store.update(account, kind, current -> {
            Settings next = checked(apply(form, current));
            if (!wanted.getAsBoolean()) {
                throw MockException.abandoned();
            }
            return next;
        });
    }

    /**
     * Stores settings as given (admin seeding): the same parameter and cross-field rules as a POST,
     * except that FriendlyName may be absent.
     */
    public Settings seed(String account, SettingsKind kind, SettingsForm form) {
        Settings value = seedValue(form);
        return store.update(account, kind, current -> value);
    }

    /** The settings a seed stores, after the same checks as {@link #seed}; nothing is stored. */
    public Settings seedValue(SettingsForm form) {
        rejectFirst(validator.validate(form));
        return checked(apply(form, null));
    }

    public boolean clear(String account, SettingsKind kind) {
        return store.clear(account, kind);
    }

    /** Applies the cross-field rules (when on) to the settings an update would store. */
    private Settings checked(Settings next) {
        if (crossFieldRules) {
            rejectFirst(validator.validate(next, ConsistentStorage.Rules.class));
        }
        return next;
    }

    /** The settings a form makes of the current ones: merged, or replacing them (also when {@code current} is null). */
    private Settings apply(SettingsForm form, Settings current) {
        Settings base = semantics == PostSemantics.MERGE && current != null ? current : Settings.UNCONFIGURED;
        Boolean storage = SettingsForm.toBoolean(form.awsStorageEnabled());
        Boolean encryption = SettingsForm.toBoolean(form.encryptionEnabled());
        return new Settings(
                form.friendlyName(),
                form.awsCredentialsSid() != null ? form.awsCredentialsSid() : base.awsCredentialsSid(),
                form.awsS3Url() != null ? form.awsS3Url() : base.awsS3Url(),
                storage != null ? storage : base.awsStorageEnabled(),
                form.encryptionKeySid() != null ? form.encryptionKeySid() : base.encryptionKeySid(),
                encryption != null ? encryption : base.encryptionEnabled());
    }

    /** Refuses the input with the violation of the parameter Twilio lists first. */
    private static <T> void rejectFirst(Set<ConstraintViolation<T>> violations) {
        violations.stream()
                .min(Comparator.comparingInt(v -> SettingsForm.PARAMETER_ORDER.indexOf(v.getPropertyPath().toString())))
                .ifPresent(v -> {
                    throw MockException.invalid(v.getMessage());
                });
    }
}
