package org.coalition.api.platform;

import java.util.List;

/** A failure the API itself detects (bad paging, missing If-Match), carried to {@link ProblemMapper} as is. */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private final String title;
    private final transient List<Problem.FieldError> errors;

    public ApiProblem(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
    }

    public ApiProblem(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null);
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors);
    }
}
