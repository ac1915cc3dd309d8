// The console's only client script: draws the charts whose ECharts options the server rendered, and sends
// uploads with a progress bar. Everything it shows comes from the server's escaped HTML.
(() => {
  function drawCharts() {
    if (!window.echarts) return;
    var charts = [];
    // Charts are drawn on a canvas, which uses a web font only once it has loaded and never redraws by itself: load
    // the Chinese faces the charts' text needs first, then draw in the page's own font list.
    var family = getComputedStyle(document.body).fontFamily;
    var elements = Array.prototype.slice.call(document.querySelectorAll('.chart[data-option]'));
    var text = elements.map((el) => el.getAttribute('data-option')).join('');
    var fontsReady = document.fonts && text ? document.fonts.load('12px ' + family, text).catch(() => undefined) : Promise.resolve();
    fontsReady.then(() => {
      elements.forEach((el) => {
        var chart = window.echarts.init(el, null, { renderer: 'canvas' });
        var option = JSON.parse(el.getAttribute('data-option'));
        option.textStyle = Object.assign({ fontFamily: family }, option.textStyle);
        chart.setOption(option);
        el.setAttribute('data-ready', 'true');
        charts.push(chart);
      });
    });
    window.addEventListener('resize', () => {
      charts.forEach((c) => {
        c.resize();
      });
    });
  }

  function uploadWithProgress(form) {
    form.addEventListener('submit', (event) => {
      if (!window.FormData || !window.XMLHttpRequest) return;
      event.preventDefault();
      var bar = form.querySelector('progress');
      var button = form.querySelector('button[type=submit]');
      if (bar) {
        bar.hidden = false;
        bar.value = 0;
      }
      if (button) button.disabled = true;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.addEventListener('progress', (e) => {
        if (bar && e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener('load', () => {
        // The server answers with a whole page (result or errors); show it as if the form had been posted.
        document.open();
        document.write(xhr.responseText);
        document.close();
      });
      xhr.addEventListener('error', () => {
        if (button) button.disabled = false;
        if (bar) bar.hidden = true;
        alert('上传失败：网络中断，请重试。');
      });
      xhr.send(new FormData(form));
    });
  }

  function start() {
    drawCharts();
    document.querySelectorAll('form[data-progress]').forEach(uploadWithProgress);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
