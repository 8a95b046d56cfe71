"""The client, container and pytest plugin of the Composition Settings Mock (SPEC §10)."""
from .builders import Delay, Fault, Phase, RequestPattern, Resource, Times
from .client import (InstalledFault, MockAccount, MockAdmin, MockAdminError, MockClock, RecordedRequest,
                     VerificationResult)
from .container import DEFAULT_IMAGE, SERVER_VERSION, CompositionSettingsMockContainer

__all__ = ["Delay", "Fault", "Phase", "RequestPattern", "Resource", "Times", "InstalledFault", "MockAccount",
           "MockAdmin", "MockAdminError", "MockClock", "RecordedRequest", "VerificationResult", "DEFAULT_IMAGE",
           "SERVER_VERSION", "CompositionSettingsMockContainer"]
