package bench.floor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The same path and JSON as the mock's GET, with no logic: the framework's floor. */
@Path("/v1/CompositionSettings/Default")
@Produces(MediaType.APPLICATION_JSON)
public class FloorResource {

    private static final Map<String, Object> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("account_sid", "AC0123456789abcdef0123456789abcdef");
        SETTINGS.put("friendly_name", "bench");
        SETTINGS.put("aws_credentials_sid", null);
        SETTINGS.put("aws_s3_url", null);
        SETTINGS.put("aws_storage_enabled", false);
        SETTINGS.put("encryption_key_sid", null);
        SETTINGS.put("encryption_enabled", false);
        SETTINGS.put("url", "https://video.twilio.com/v1/CompositionSettings/Default");
    }

    @GET
    public Map<String, Object> get() {
        return SETTINGS;
    }

    @POST
    public Map<String, Object> post(String form) {
        return SETTINGS;
    }
}
