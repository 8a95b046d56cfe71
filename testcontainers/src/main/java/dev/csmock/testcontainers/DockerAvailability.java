package dev.csmock.testcontainers;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

/** Whether the mock's container can start here: a Docker engine answers and the image is there. */
final class DockerAvailability {

    private DockerAvailability() {
    }

    /** Why the image cannot start here, or empty when it can. */
    static Optional<String> problem(DockerImageName image) {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        if (!docker) {
            return Optional.of("no Docker engine runs here");
        }
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image.asCanonicalNameString()).exec();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("the image " + image.asCanonicalNameString() + " is not built here (see the README: docker build"
                    + " ... -t " + image.asCanonicalNameString() + ")");
        }
    }
}
