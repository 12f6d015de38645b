/** Errors shaped like OfficeExtension.Error: a code, a message and debugInfo, thrown where Excel throws them. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export const fail = {
  notLoaded: (prop: string, where: string) =>
    new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      where,
    ),
  itemNotFound: (where: string) =>
    new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", where),
  alreadyExists: (where: string) =>
    new FakeOfficeError("ItemAlreadyExists", "The resource already exists.", where),
  invalidArgument: (where: string, why = "The argument is invalid or missing or has an incorrect format.") =>
    new FakeOfficeError("InvalidArgument", why, where),
  accessDenied: (where: string) =>
    new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", where),
  apiNotFound: (where: string) =>
    new FakeOfficeError(
      "ApiNotFound",
      "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
      where,
    ),
  general: (where: string, why = "There was an internal error while processing the request.") =>
    new FakeOfficeError("GeneralException", why, where),
  connection: () =>
    new FakeOfficeError(
      "ConnectionFailure",
      "The request failed: the connection to Excel was lost.",
      "RequestContext.sync",
    ),
  responseTooLarge: () =>
    new FakeOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      "The response payload size has exceeded the limit.",
      "RequestContext.sync",
    ),
  requestTooLarge: () =>
    new FakeOfficeError(
      "RequestPayloadSizeLimitExceeded",
      "The request payload size has exceeded the limit.",
      "RequestContext.sync",
    ),
};
