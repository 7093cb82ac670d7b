<?php
/**
 * Runs the plugin outside WordPress for test/integrations/wordpress.node.test.ts: the few
 * WordPress functions it calls are stubbed here (escaping as WordPress does it: esc_attr is
 * htmlspecialchars with both quote kinds), the plugin is loaded, and the case read from stdin
 * (settings, shortcode attributes, whether wp_enqueue_script_module exists) is run. Prints JSON:
 * the shortcode's HTML, the scripts enqueued, the registered hooks, and the settings sanitized.
 */
$case = json_decode(stream_get_contents(STDIN), true);
define('ABSPATH', __DIR__);

$GLOBALS['cw_options'] = array('chat_widgets_settings' => $case['settings'] ?? array());
$GLOBALS['cw_enqueued'] = array();
$GLOBALS['cw_hooks'] = array();
$GLOBALS['cw_shortcodes'] = array();

function get_option($name, $default = false) {
	return array_key_exists($name, $GLOBALS['cw_options']) ? $GLOBALS['cw_options'][$name] : $default;
}
function esc_attr($text) {
	return htmlspecialchars((string) $text, ENT_QUOTES, 'UTF-8');
}
function esc_html($text) {
	return htmlspecialchars((string) $text, ENT_QUOTES, 'UTF-8');
}
function esc_url($url) {
	return htmlspecialchars((string) $url, ENT_QUOTES, 'UTF-8');
}
function esc_url_raw($url) {
	return (string) $url;
}
function sanitize_text_field($text) {
	return trim(preg_replace('/[\r\n\t ]+/', ' ', strip_tags((string) $text)));
}
function shortcode_atts($pairs, $atts, $shortcode = '') {
	$out = array();
	foreach ($pairs as $name => $default) {
		$out[$name] = array_key_exists($name, $atts) ? $atts[$name] : $default;
	}
	return $out;
}
function plugins_url($path, $plugin) {
	return 'https://example.test/wp-content/plugins/' . basename(dirname($plugin)) . '/' . $path;
}
function add_shortcode($tag, $callback) {
	$GLOBALS['cw_shortcodes'][$tag] = $callback;
}
function add_action($hook, $callback) {
	$GLOBALS['cw_hooks'][] = array('action', $hook, $callback);
}
function add_filter($hook, $callback) {
	$GLOBALS['cw_hooks'][] = array('filter', $hook, $callback);
}
function wp_enqueue_script($handle, $src, $deps = array(), $ver = false, $footer = false) {
	$GLOBALS['cw_enqueued'][] = array('kind' => 'script', 'handle' => $handle, 'src' => $src);
}
if (!empty($case['scriptModules'])) {
	function wp_enqueue_script_module($id, $src = '', $deps = array(), $version = false) {
		$GLOBALS['cw_enqueued'][] = array('kind' => 'module', 'handle' => $id, 'src' => $src);
	}
}

require __DIR__ . '/../chat-widgets/chat-widgets.php';

$shortcode = $GLOBALS['cw_shortcodes']['chat_widgets'];
$html = array();
foreach ($case['shortcodes'] ?? array() as $atts) {
	$html[] = call_user_func($shortcode, $atts);
}
echo json_encode(array(
	'html'      => $html,
	'enqueued'  => $GLOBALS['cw_enqueued'],
	'hooks'     => array_map(function ($h) { return $h[0] . ':' . $h[1]; }, $GLOBALS['cw_hooks']),
	'sanitized' => isset($case['sanitize']) ? chat_widgets_sanitize_settings($case['sanitize']) : null,
	'moduleTag' => chat_widgets_module_tag('<script src="x"></script>', 'chat-widgets', 'https://cdn.test/cw.js?a=1&b=2'),
	'otherTag'  => chat_widgets_module_tag('<script src="y"></script>', 'jquery', 'y'),
));
