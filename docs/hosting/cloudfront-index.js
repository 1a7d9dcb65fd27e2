// CloudFront Function (viewer request) for Ring Zero on an S3 REST origin: S3 itself has no folder
// index, so map every canonical page address (/x/) to its file (/x/index.html), and send a slash-less
// page address (/x, no extension) to /x/ with its query string kept.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  if (!/\.[a-zA-Z0-9]+$/.test(uri.slice(uri.lastIndexOf('/') + 1))) {
    var query = Object.keys(request.querystring)
      .map(function (k) {
        var v = request.querystring[k];
        return v.value === '' ? k : k + '=' + v.value;
      })
      .join('&');
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: uri + '/' + (query ? '?' + query : '') } },
    };
  }
  return request;
}
