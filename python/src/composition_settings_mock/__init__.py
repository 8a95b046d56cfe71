"""The client, container and pytest plugin of the Composition Settings Mock (SPEC §10)."""
from .builders import (Delay, Fault, Phase, RequestPattern, Resource, Times, ValueMatcher, absent, containing, equal_to,
                       equal_to_ignore_case, matching, not_matching, present)
from .client import (Difference, InstalledFault, MockAccount, MockAdmin, MockAdminError, MockClock, NearMiss,
                     RecordedRequest, VerificationResult)
from .container import DEFAULT_IMAGE, SERVER_VERSION, CompositionSettingsMockContainer

__all__ = ["Delay", "Fault", "Phase", "RequestPattern", "Resource", "Times", "ValueMatcher", "absent", "containing",
           "equal_to", "equal_to_ignore_case", "matching", "not_matching", "present", "Difference", "NearMiss",
           "InstalledFault", "MockAccount",
           "MockAdmin", "MockAdminError", "MockClock", "RecordedRequest", "VerificationResult", "DEFAULT_IMAGE",
           "SERVER_VERSION", "CompositionSettingsMockContainer"]
