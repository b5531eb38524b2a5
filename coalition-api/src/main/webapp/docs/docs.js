// The server's OpenAPI document (MicroProfile OpenAPI at /openapi), shown by the Swagger UI this module serves itself.
window.ui = SwaggerUIBundle({
    url: "/openapi",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "BaseLayout"
});
