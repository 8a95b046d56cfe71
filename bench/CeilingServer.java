import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;

/**
 * The ceiling of the machine for the benchmark: one Vert.x route that answers the same JSON bytes
 * as the mock's GET, with no logic, on as many event loops as Quarkus uses (2 per core).
 * Run: java -cp "target/quarkus-app/lib/main/*" bench/CeilingServer.java 8090
 */
public class CeilingServer extends AbstractVerticle {

    static final Buffer BODY = Buffer.buffer("{\"account_sid\":\"AC0123456789abcdef0123456789abcdef\",\"friendly_name\":null,"
            + "\"aws_credentials_sid\":null,\"aws_s3_url\":null,\"aws_storage_enabled\":false,\"encryption_key_sid\":null,"
            + "\"encryption_enabled\":false,\"url\":\"https://video.twilio.com/v1/CompositionSettings/Default\"}");

    static int port;

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.route("/v1/CompositionSettings/Default").handler(context -> context.response()
                .putHeader("Content-Type", "application/json")
                .end(BODY));
        vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1");
    }

    public static void main(String[] args) {
        port = Integer.parseInt(args.length > 0 ? args[0] : "8090");
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        Vertx.vertx().deployVerticle(CeilingServer::new, new DeploymentOptions().setInstances(loops))
                .onSuccess(id -> System.out.println("ceiling listening on " + port))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }
}
